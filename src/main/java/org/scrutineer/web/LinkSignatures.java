package org.scrutineer.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs the links in emails that act without a login (a question's withdrawal, a partner's answer to
 * an action): an HMAC-SHA256 of what the link is for, under the council's link secret
 * ({@code scrutineer.questions.link-secret}, which the prod profile refuses to start without).
 */
@Component
public class LinkSignatures {

    private final byte[] secret;

    LinkSignatures(@Value("${scrutineer.questions.link-secret}") String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The token for {@code subject}, safe in a URL. */
    public String sign(String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code token} is the signature of {@code subject}, compared in constant time. */
    public boolean verifies(String subject, String token) {
        return token != null && MessageDigest.isEqual(sign(subject).getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
    }
}
