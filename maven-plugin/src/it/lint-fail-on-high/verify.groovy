// With failOn high, a medium finding is reported and the build still passes.
def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] Rule 'image-tag-pinned' [MEDIUM] was violated (1 time):")
assert log.contains('[WARNING] 1 finding in 1 object (rule set recommended): 0 high, 1 medium, 0 low, 0 info')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/berth/berth.sarif').text.contains('image-tag-pinned')
