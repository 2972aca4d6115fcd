package id.sakip.reporting.report;

import id.sakip.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Enumeration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs PDFs with the agency's key as PAdES baseline B: a detached CMS signature
 * (ETSI.CAdES.detached) with the signing-certificate-v2 attribute, over the whole file except the
 * signature itself, so any PDF reader can tell whether the file changed after signing. Keys are one
 * PKCS#12 per agency in {@code sakip.signing.dir}: {@code <agency>.p12} and its password in
 * {@code <agency>.pass}, as issued by an electronic certification authority (BSrE).
 */
@ApplicationScoped
public class PadesSigner {
    private final Path dir;

    public PadesSigner(SigningConfig config) {
        this.dir = Path.of(config.dir());
    }

    /** Whether the agency has a signing key. */
    public boolean hasKey(String agencyCode) {
        return Files.isReadable(keystore(agencyCode));
    }

    private Path keystore(String agencyCode) {
        return dir.resolve(agencyCode.replaceAll("[^A-Za-z0-9._-]", "_") + ".p12");
    }

    public byte[] sign(String agencyCode, byte[] pdf, String signerName, String reason, String location) {
        Path p12 = keystore(agencyCode);
        if (!Files.isReadable(p12)) {
            throw ProblemException.conflict("no signing key is configured for agency " + agencyCode
                    + " (a PKCS#12 certificate from the certification authority must be installed first)");
        }
        try {
            char[] password = Files.readString(dir.resolve(p12.getFileName().toString().replace(".p12", ".pass")),
                    StandardCharsets.UTF_8).strip().toCharArray();
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(p12)) {
                ks.load(in, password);
            }
            String alias = null;
            for (Enumeration<String> e = ks.aliases(); e.hasMoreElements();) {
                String a = e.nextElement();
                if (ks.isKeyEntry(a)) {
                    alias = a;
                    break;
                }
            }
            if (alias == null) {
                throw new IllegalStateException("the keystore of " + agencyCode + " holds no private key");
            }
            PrivateKey key = (PrivateKey) ks.getKey(alias, password);
            Certificate[] chain = ks.getCertificateChain(alias);
            return sign(pdf, key, chain, signerName, reason, location);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("signing with the key of " + agencyCode + " failed", e);
        }
    }

    static byte[] sign(byte[] pdf, PrivateKey key, Certificate[] chain, String signerName, String reason,
            String location) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signerName);
            signature.setReason(reason);
            signature.setLocation(location);
            signature.setSignDate(Calendar.getInstance());
            doc.addSignature(signature);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
            byte[] content = external.getContent().readAllBytes();
            external.setSignature(cms(content, key, chain));
            return out.toByteArray();
        } catch (GeneralSecurityException | OperatorCreationException
                | CMSException e) {
            throw new IllegalStateException("creating the signature failed", e);
        }
    }

    private static byte[] cms(byte[] content, PrivateKey key, Certificate[] chain) throws GeneralSecurityException,
            OperatorCreationException, CMSException, IOException {
        X509Certificate cert = (X509Certificate) chain[0];
        ESSCertIDv2 certId = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { certId }))));
        ContentSigner signer = new JcaContentSignerBuilder(key.getAlgorithm().equals("EC") ? "SHA256withECDSA"
                : "SHA256withRSA").build(key);
        SignerInfoGenerator info = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
                .build(signer, cert);
        CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
        gen.addSignerInfoGenerator(info);
        gen.addCertificates(new JcaCertStore(Arrays.asList(chain)));
        return gen.generate(new CMSProcessableByteArray(content), false).getEncoded();
    }
}
