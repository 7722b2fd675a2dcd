package org.scrutineer.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The embedded default: an SMTP server inside the application, so that mail works on a fresh
 * machine. Every message it receives can be read on the outbox page. With
 * {@code scrutineer.mail.embedded-server=false} the standard {@code spring.mail.*} relay is used.
 */
@Configuration
@ConditionalOnProperty(name = "scrutineer.mail.embedded-server", havingValue = "true")
class EmbeddedSmtpServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtpServer.class);

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail embeddedSmtp(MailSettings settings) {
        ServerSetup smtp = new ServerSetup(settings.embeddedPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        return new GreenMail(settings.embeddedPort() == 0 ? smtp.dynamicPort() : smtp);
    }

    @Bean
    JavaMailSenderImpl mailSender(GreenMail embeddedSmtp) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(embeddedSmtp.getSmtp().getPort());
        log.info("Embedded SMTP server listening on 127.0.0.1:{}", embeddedSmtp.getSmtp().getPort());
        return sender;
    }
}
