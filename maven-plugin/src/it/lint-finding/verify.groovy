// The build failed on the finding: the log shows it where it is, the failure gives the summary line, and both
// reports were written before the build failed.
def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] Rule 'image-tag-pinned' [MEDIUM] was violated (1 time):")
assert log.contains('[WARNING]     at src/main/k8s/web.yaml:20:11')
assert log.contains('berth: 1 finding in 1 object (rule set recommended): 0 high, 1 medium, 0 low, 0 info (failOn low; reports in target/berth)')
assert !log.contains('at dev.berth.')
assert new File(basedir, 'target/berth/berth.sarif').text.contains('"uri": "src/main/k8s/web.yaml"')
assert new File(basedir, 'target/berth/TEST-berth.xml').text.contains('image-tag-pinned')
