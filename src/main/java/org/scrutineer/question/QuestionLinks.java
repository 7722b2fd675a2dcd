package org.scrutineer.question;

import org.scrutineer.notification.MailSettings;
import org.scrutineer.web.LinkSignatures;
import org.springframework.stereotype.Component;

/** Links in emails to askers; the withdrawal link is signed so that only the asker can use it. */
@Component
class QuestionLinks {

    private final LinkSignatures signatures;
    private final MailSettings mail;

    QuestionLinks(LinkSignatures signatures, MailSettings mail) {
        this.signatures = signatures;
        this.mail = mail;
    }

    String withdrawUrl(String reference) {
        return mail.publicUrl() + "/questions/" + reference + "/withdraw?token=" + signatures.sign(subject(reference));
    }

    String publishedUrl(long meetingId) {
        return mail.publicUrl() + "/meetings/" + meetingId + "/questions";
    }

    boolean isValid(String reference, String token) {
        return signatures.verifies(subject(reference), token);
    }

    private static String subject(String reference) {
        return "withdraw:" + reference;
    }
}
