// The application was built from the project's classes and written as a kustomize folder named after it.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] berth: shop: ')
assert log.contains(' objects written to target/berth/rendered/shop')
assert log.contains('BUILD SUCCESS')
def folder = new File(basedir, 'target/berth/rendered/shop')
def kustomization = new File(folder, 'kustomization.yaml').text
def deployment = folder.listFiles().find { it.name.contains('-deployment-') && it.name.endsWith('-web.yaml') }
assert deployment != null : "no Deployment file in ${folder.list()}"
assert kustomization.contains(deployment.name)
assert deployment.text.contains('image: ghcr.io/acme/web:1.0.0')
