/** OpenCC's character tables as opencc-js ships them: "繁 简|…" entries. */
declare module 'opencc-js/dict/TSCharacters' {
  const dict: string;
  export default dict;
}
