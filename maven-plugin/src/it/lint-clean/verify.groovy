// A clean project passes, says so, and writes both reports.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] 0 findings in 1 object (rule set recommended): 0 high, 0 medium, 0 low, 0 info')
assert log.contains('[INFO] berth: reports written to target/berth/berth.sarif and target/berth/TEST-berth.xml')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/berth/berth.sarif').text.contains('"version": "2.1.0"')
assert new File(basedir, 'target/berth/TEST-berth.xml').text.startsWith('<?xml')
