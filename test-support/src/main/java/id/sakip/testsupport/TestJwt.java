package id.sakip.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/**
 * Mints bearer tokens for tests: an RSA key pair is generated once per JVM, its public key written
 * to a temporary PEM file that the services verify against ({@code mp.jwt.verify.publickey.location}).
 * No private key is ever committed.
 */
public final class TestJwt {
    public static final String ISSUER = "https://sakip.test/issuer";
    /** The audience the services require (the default of {@code JWT_AUDIENCE}). */
    public static final String AUDIENCE = "sakip-api";
    private static final KeyPair KEYS = generate();
    /** A key the services do not trust: a token signed with it must be refused (401). */
    private static final KeyPair FOREIGN_KEYS = generate();
    private static final Path PUBLIC_KEY = writePublicKey();

    private TestJwt() {
    }

    public static String publicKeyLocation() {
        return "file:" + PUBLIC_KEY.toAbsolutePath();
    }

    /** A token builder for one or more roles. */
    public static Builder as(String... roles) {
        return new Builder().roles(roles);
    }

    /** A token for the given role in the given agency. */
    public static String token(String role, String agencyCode) {
        return as(role).agency(agencyCode).mint();
    }

    public static final class Builder {
        private String subject = "tester";
        private Set<String> roles = Set.of();
        private String agency;
        private String unit;
        private String province;
        private String name;
        private String nip;
        private String audience = AUDIENCE;
        private Duration lifetime = Duration.ofHours(1);
        private boolean expired;
        private boolean foreignKey;
        private Duration issuedIn = Duration.ZERO;

        public Builder roles(String... roles) {
            this.roles = Set.of(roles);
            return this;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder agency(String agency) {
            this.agency = agency;
            return this;
        }

        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        public Builder province(String province) {
            this.province = province;
            return this;
        }

        /** The person's name and NIP, as Keycloak puts them in the {@code name} and {@code nip} claims. */
        public Builder person(String name, String nip) {
            this.name = name;
            this.nip = nip;
            return this;
        }

        /** A token for another audience than the services' (they must refuse it). */
        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        public Builder expiresIn(Duration lifetime) {
            this.lifetime = lifetime;
            return this;
        }

        /** A token whose {@code iat} lies this far in the future (the lifetime counts from there). */
        public Builder issuedIn(Duration offset) {
            this.issuedIn = offset;
            return this;
        }

        /** A token that expired an hour ago, well past any clock skew the verifier allows. */
        public Builder expired() {
            this.expired = true;
            return this;
        }

        /** A token with the right claims, signed by a key the services do not trust. */
        public Builder signedByForeignKey() {
            this.foreignKey = true;
            return this;
        }

        public String mint() {
            long now = System.currentTimeMillis() / 1000;
            long issued = expired ? now - 7200 : now + issuedIn.toSeconds();
            long expires = expired ? now - 3600 : issued + lifetime.toSeconds();
            JwtClaimsBuilder b = Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(roles)
                    .issuedAt(issued).expiresAt(expires).audience(audience);
            if (agency != null) {
                b.claim("agency", agency);
            }
            if (unit != null) {
                b.claim("unit", unit);
            }
            if (province != null) {
                b.claim("province", province);
            }
            if (name != null) {
                b.claim("name", name);
            }
            if (nip != null) {
                b.claim("nip", nip);
            }
            return b.jws().keyId("sakip-test").sign((foreignKey ? FOREIGN_KEYS : KEYS).getPrivate());
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path writePublicKey() {
        try {
            Path p = Files.createTempFile("sakip-test-jwt-", ".pem");
            p.toFile().deleteOnExit();
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            Files.writeString(p, pem);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
