import { strict as assert } from 'node:assert';
import { paths } from '../../../src/core/project';

describe('project paths (POSIX helpers of the pure core)', () => {
  it('normalizes POSIX paths: . and .. segments, repeated slashes, trailing slash', () => {
    assert.equal(paths.normalize('/a/b/../c/./d//e/'), '/a/c/d/e');
    assert.equal(paths.normalize('/..'), '/');
    assert.equal(paths.normalize('a/../../b'), '../b');
    assert.equal(paths.normalize(''), '.');
  });
  it('keeps Windows drives and turns backslashes into slashes', () => {
    assert.equal(paths.normalize('C:\\ws\\sub\\..\\doc.txt'), 'C:/ws/doc.txt');
    assert.equal(paths.normalize('c:'), 'c:/');
    assert.equal(paths.dirname('C:\\ws\\doc.txt'), 'C:/ws');
    assert.equal(paths.dirname('C:\\doc.txt'), 'C:/');
    assert.ok(paths.isAbsolute('D:\\packs'));
    assert.equal(paths.resolve('C:/ws', '..\\packs\\a'), 'C:/packs/a');
    assert.equal(paths.resolve('C:/ws', 'D:\\other'), 'D:/other');
  });
  it('keeps VS Code URI paths of Windows files (/c:/…) and UNC paths', () => {
    assert.equal(paths.normalize('/c:/Users/me/../x'), '/c:/Users/x');
    assert.equal(paths.dirname('/c:/x'), '/c:/');
    assert.equal(paths.normalize('\\\\server\\share\\a\\..\\b'), '//server/share/b');
  });
  it('dirname, basename, extname, join, resolve', () => {
    assert.equal(paths.dirname('/a/b/c.json'), '/a/b');
    assert.equal(paths.dirname('/a'), '/');
    assert.equal(paths.dirname('/'), '/');
    assert.equal(paths.basename('/a/b/.wenmirc.json'), '.wenmirc.json');
    assert.equal(paths.extname('/a/b/.wenmirc.json'), '.json');
    assert.equal(paths.extname('/a/b/.gitignore'), '');
    assert.equal(paths.extname('/a/b/x.JSON'), '.JSON');
    assert.equal(paths.join('/a', 'b', '../c'), '/a/c');
    assert.equal(paths.resolve('/a/b', './packs/x'), '/a/b/packs/x');
    assert.equal(paths.resolve('/a/b', '/abs'), '/abs');
  });
  it('isWithin: prefix of whole segments only; drive letters compare case-insensitively', () => {
    assert.ok(paths.isWithin('/ws', '/ws/a/b'));
    assert.ok(paths.isWithin('/ws', '/ws'));
    assert.ok(!paths.isWithin('/ws', '/ws2/a'));
    assert.ok(paths.isWithin('/', '/anything'));
    assert.ok(paths.isWithin('C:/ws', 'c:\\ws\\doc.txt'));
    assert.ok(paths.samePath('C:/ws', 'c:/ws/'));
  });
  it('ancestors: nearest first, bounded by a stop folder that contains them, else up to the root', () => {
    assert.deepEqual(paths.ancestors('/ws/a/b', '/ws'), ['/ws/a/b', '/ws/a', '/ws']);
    assert.deepEqual(paths.ancestors('/ws/a', '/other'), ['/ws/a', '/ws', '/']);
    assert.deepEqual(paths.ancestors('C:/ws/a', 'C:/ws'), ['C:/ws/a', 'C:/ws']);
    assert.deepEqual(paths.ancestors('C:/ws'), ['C:/ws', 'C:/']);
  });
  it('displayPath: relative inside the base, absolute outside', () => {
    assert.equal(paths.displayPath('/ws/packs/a', '/ws'), 'packs/a');
    assert.equal(paths.displayPath('/other/a', '/ws'), '/other/a');
  });
});
