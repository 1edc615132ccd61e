package org.telebarometer.support;

import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Bearer tokens for the tests, signed with the test keys under src/test/resources/keys. The service under test
 * trusts keys/editor-public.pem.
 */
public final class Tokens {

    public static final String ISSUER = "telebarometer";

    private Tokens() {
    }

    public static String editor(String subject) {
        return sign(claims(subject, "editor"), "keys/editor-private.pem");
    }

    public static String reader(String subject) {
        return sign(claims(subject, "reader"), "keys/editor-private.pem");
    }

    public static String expiredEditor(String subject) {
        Instant twoHoursAgo = Instant.now().minusSeconds(7200);
        return sign(Jwt.issuer(ISSUER).subject(subject).groups(Set.of("editor")).issuedAt(twoHoursAgo)
                .expiresAt(twoHoursAgo.plusSeconds(60)), "keys/editor-private.pem");
    }

    public static String editorSignedByAStranger(String subject) {
        return sign(claims(subject, "editor"), "keys/stranger-private.pem");
    }

    public static String editorFromAnotherIssuer(String subject) {
        return sign(Jwt.issuer("someone-else").subject(subject).groups(Set.of("editor")).expiresIn(3600),
                "keys/editor-private.pem");
    }

    private static JwtClaimsBuilder claims(String subject, String group) {
        return Jwt.issuer(ISSUER).subject(subject).groups(Set.of(group)).expiresIn(3600);
    }

    private static String sign(JwtClaimsBuilder claims, String keyResource) {
        try {
            PrivateKey key = KeyUtils.readPrivateKey(keyResource);
            return claims.sign(key);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot sign a test token with " + keyResource, e);
        }
    }
}
