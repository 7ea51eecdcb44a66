import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.List;

/**
 * Java's trust store from Debian's CA certificates, as a password-less PKCS#12 file without
 * MAC or encryption (like the JDK's own cacerts), so the same certificates give the same
 * bytes. Run by build-base.sh: java CaCerts.java <folder of .crt> <cacerts>.
 */
public class CaCerts {

	public static void main(String[] args) throws Exception {
		System.setProperty("keystore.pkcs12.certProtectionAlgorithm", "NONE");
		System.setProperty("keystore.pkcs12.macAlgorithm", "NONE");
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		CertificateFactory x509 = CertificateFactory.getInstance("X.509");
		List<Path> certificates;
		try (var files = Files.list(Path.of(args[0]))) {
			certificates = files.filter((file) -> file.toString().endsWith(".crt")).sorted().toList();
		}
		for (Path certificate : certificates) {
			try (FileInputStream in = new FileInputStream(certificate.toFile())) {
				String alias = certificate.getFileName().toString().replace(".crt", "").toLowerCase();
				store.setCertificateEntry(alias, x509.generateCertificate(in));
			}
		}
		try (FileOutputStream out = new FileOutputStream(args[1])) {
			store.store(out, new char[0]);
		}
		System.out.println(certificates.size() + " certificates in " + args[1]);
	}

}
