package id.sakip.reporting;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A signing-key directory for the tests ({@code sakip.signing.dir}), and generated PKCS#12 keystores
 * standing in for the certificates a certification authority (BSrE) issues to an agency's head.
 */
public class SigningKeys implements QuarkusTestResourceLifecycleManager {
    static final Path DIR = dir();

    private static Path dir() {
        try {
            return Files.createTempDirectory("sakip-signing");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> start() {
        return Map.of("sakip.signing.dir", DIR.toString());
    }

    @Override
    public void stop() {
        // the temp dir is left for the OS: it holds only test keys
    }

    /** Installs a fresh key and self-signed certificate for the agency; returns the certificate. */
    static X509Certificate install(String agency, String holder) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            KeyPair kp = g.generateKeyPair();
            X500Name name = new X500Name("CN=" + holder + ", O=" + agency + ", C=ID");
            Date from = new Date(System.currentTimeMillis() - 60_000);
            Date to = new Date(System.currentTimeMillis() + 365L * 24 * 3600 * 1000);
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                    BigInteger.valueOf(System.nanoTime()), from, to, name, kp.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(kp.getPrivate())));
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            char[] password = "rahasia-uji".toCharArray();
            ks.setKeyEntry("ttd", kp.getPrivate(), password, new Certificate[] { cert });
            try (OutputStream out = Files.newOutputStream(DIR.resolve(agency + ".p12"))) {
                ks.store(out, password);
            }
            Files.writeString(DIR.resolve(agency + ".pass"), "rahasia-uji\n", StandardCharsets.UTF_8);
            return cert;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }
}
