package org.scrutineer.question;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.scrutineer.notification.MailSettings;
import org.springframework.stereotype.Component;

/** Links in emails to askers; the withdrawal link is signed so that only the asker can use it. */
@Component
class QuestionLinks {

    private final byte[] secret;
    private final MailSettings mail;

    QuestionLinks(QuestionSettings settings, MailSettings mail) {
        this.secret = settings.linkSecret().getBytes(StandardCharsets.UTF_8);
        this.mail = mail;
    }

    String withdrawUrl(String reference) {
        return mail.publicUrl() + "/questions/" + reference + "/withdraw?token=" + token(reference);
    }

    String publishedUrl(long meetingId) {
        return mail.publicUrl() + "/meetings/" + meetingId + "/questions";
    }

    boolean isValid(String reference, String token) {
        return token != null && MessageDigest.isEqual(token(reference).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    private String token(String reference) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(("withdraw:" + reference).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
