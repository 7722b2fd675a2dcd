package org.scrutineer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port against an in-memory database, with demo users and the
 * embedded SMTP server, but without the demo year: tests count their own meetings, tasks and mail. Every test class that uses it shares one application context, and so one
 * process engine. The job executor is off: tests run jobs themselves, with a moved clock.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:scrutineer-test;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "scrutineer.demo-data=true",
        "scrutineer.demo-data.year=false",
        "scrutineer.mail.embedded-server=true",
        "scrutineer.mail.embedded-port=0",
        "scrutineer.mail.poll=false",
        "scrutineer.mail.public-url=http://scrutineer.test",
        "logging.level.org.camunda.bpm.engine.context=warn"
})
@AutoConfigureMockMvc
public @interface ScrutineerTest {
}
