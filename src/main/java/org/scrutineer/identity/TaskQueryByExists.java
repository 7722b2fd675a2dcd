package org.scrutineer.identity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * The engine's task query with its authorization check written as lookups the database answers
 * once per query: the person's grants, read once and hashed, and an {@code EXISTS} for grants on
 * {@code *}.
 *
 * <p>The engine joins the authorization rows a person may use into the task query and keeps a
 * task when the join found one. On PostgreSQL that join cannot use an index, because it matches
 * the resource on an {@code OR} of the task, its definition and {@code *}: every task is compared
 * with every grant, and the Tasklist's counts grow with the square of the open tasks. Here each
 * permission the engine asks for becomes two conditions that the database answers once per query,
 * not once per task: the task (or its definition) is among the resources granted to the person or
 * their groups, read once and looked up by hash; or an {@code EXISTS} finds a grant on {@code *}.
 *
 * <p>The identity links are asked the same way where {@link TaskLinkCriteria} finds that gives the
 * same answer: an {@code EXISTS} on the task's links instead of a join, and then no {@code DISTINCT},
 * so that a page newest first is read from the creation-time index and stops at the page.
 *
 * <p>The statement is the engine's own, read from its mapping at start, with exact edits: the
 * authorization join is dropped and the check in the {@code where} is replaced; the links' join,
 * criteria and the {@code DISTINCT} are made conditional. If a new engine changes any of these
 * places, start fails with the place named, rather than running the engine's statement unedited.
 * Where the engine checks revoking grants too, its own check is kept.
 */
@Component
class TaskQueryByExists extends AbstractProcessEnginePlugin {

    static final String ENGINE_MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";
    static final String NAMESPACE = "org.scrutineer.identity.TaskQueryByExists";
    static final String LIST = "selectTaskByQueryCriteria";
    static final String COUNT = "selectTaskCountByQueryCriteria";

    private static final String ENGINE_NAMESPACE = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity";
    private static final String AUTHORIZATION = "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity";
    private static final String START = "<select id=\"" + LIST + "\"";
    private static final String CRITERIA = "<sql id=\"selectTaskByQueryCriteriaSql\">";
    private static final Pattern JOIN = Pattern.compile(Pattern.quote("<include refid=\"" + AUTHORIZATION
            + ".authCheckJoinWithoutOnClause\" />") + "\\s*" + Pattern.quote(
            "AUTH ON (AUTH.RESOURCE_ID_ ${authJoinStart} RES.ID_ ${authJoinSeparator} D.KEY_ ${authJoinSeparator} '*' ${authJoinEnd})"));
    private static final String CRITERIA_HELPER = "@" + TaskLinkCriteria.class.getName() + "@";
    private static final String ROWS_UNIQUE = "<bind name=\"ROWS_UNIQUE\" value=\"" + CRITERIA_HELPER + "rowsAreUnique(_parameter)\" />";
    private static final String LINKS = "<bind name=\"LINKS_BY_EXISTS\" value=\"" + CRITERIA_HELPER + "answeredByExists(_parameter)\" />";
    private static final String LINK_EXISTS = "exists (select 1 from ${prefix}ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_";
    private static final Pattern CANDIDATES_END = Pattern.compile("(and I\\.USER_ID_ is not null\\s*</if>\\s*)</trim>");
    private static final Pattern COLUMNS = Pattern.compile("<sql id=\"columnSelection\">.*?</sql>", Pattern.DOTALL);
    private static final String CHECK = "<include refid=\"" + AUTHORIZATION + ".contextualAuthorizationCheck\" />";
    private static final String EXISTS_CHECK = """
            <choose>
              <when test="authCheck.revokeAuthorizationCheckEnabled">
                %1$s
              </when>
              <when test="authCheck.shouldPerformAuthorizatioCheck &amp;&amp; authCheck.authUserId != null">
                <bind name="authGroupIds" value="authCheck.authGroupIds" />
                and (
                <if test="applyAuthorizationCheckForCaseInstances">RES.CASE_EXECUTION_ID_ is not null or</if>
                <foreach item="permCheck" collection="authCheck.permissionChecks.atomicChecks"
                    open="(" separator="or" close=")">
                  (${permCheck.resourceIdQueryParam} in (%3$s)
                  or exists (select 1 from ${prefix}ACT_RU_AUTHORIZATION A where A.RESOURCE_ID_ = '*' and %2$s))
                </foreach>
                )
              </when>
            </choose>""";
    /**
     * A grant of the permission: the engine's {@code TYPE_ < 2}, global or grant, written as the two
     * values, so that the engine's unique indexes on type and user and on type and group can be used.
     */
    private static final String GRANT_OF_PERMISSION = "A.TYPE_ in (" + Authorization.AUTH_TYPE_GLOBAL + ", " + Authorization.AUTH_TYPE_GRANT + ")" + """

                    and A.RESOURCE_TYPE_ = #{permCheck.resourceType, jdbcType=INTEGER}
                    and ${bitand1}A.PERMS_${bitand2}#{permCheck.perms, jdbcType=INTEGER}${bitand3} = #{permCheck.perms, jdbcType=INTEGER}""";
    private static final String TO_THE_PERSON = "A.USER_ID_ in (#{authCheck.authUserId, jdbcType=VARCHAR}, '*')";
    private static final String TO_THEIR_GROUPS = """
            A.GROUP_ID_ in <foreach item="group" collection="authGroupIds" open="(" separator="," close=")">#{group}</foreach>""";
    private static final String IF_GROUPS = "<if test=\"authGroupIds != null &amp;&amp; authGroupIds.size > 0\">";
    /** A grant to the person or one of their groups. */
    private static final String GRANT = GRANT_OF_PERMISSION + " and (" + TO_THE_PERSON + " " + IF_GROUPS + " or " + TO_THEIR_GROUPS + "</if>)";
    /**
     * The resources granted to the person, then those granted to their groups: two reads, each of
     * which an index on the user or the group, with the permission and the resource in it
     * ({@code db/engine/postgres}), answers without reading the table.
     */
    private static final String GRANTED_RESOURCES = "select A.RESOURCE_ID_ from ${prefix}ACT_RU_AUTHORIZATION A where "
            + GRANT_OF_PERMISSION + " and " + TO_THE_PERSON + " " + IF_GROUPS
            + " union all select A.RESOURCE_ID_ from ${prefix}ACT_RU_AUTHORIZATION A where " + GRANT_OF_PERMISSION + " and " + TO_THEIR_GROUPS + "</if>";

    @Override
    public void postInit(ProcessEngineConfigurationImpl engine) {
        Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
        if (!mybatis.hasStatement(NAMESPACE + "." + LIST)) {
            String mapper = mapper(engineMapping());
            new XMLMapperBuilder(new ByteArrayInputStream(mapper.getBytes(StandardCharsets.UTF_8)), mybatis,
                    NAMESPACE, mybatis.getSqlFragments()).parse();
        }
        DbSqlSessionFactory statements = engine.getDbSqlSessionFactory();
        Map<String, String> mappings = statements.getStatementMappings() == null
                ? new HashMap<>() : new HashMap<>(statements.getStatementMappings());
        mappings.put(LIST, NAMESPACE + "." + LIST);
        mappings.put(COUNT, NAMESPACE + "." + COUNT);
        statements.setStatementMappings(mappings);
    }

    static String mapper(String engineMapping) {
        int start = required(engineMapping, engineMapping.indexOf(START), "the task query's list statement");
        int criteria = required(engineMapping, engineMapping.indexOf(CRITERIA, start), "the task query's criteria");
        int end = required(engineMapping, engineMapping.indexOf("</sql>", criteria), "the end of the task query's criteria");
        String statements = engineMapping.substring(start, end + "</sql>".length());
        statements = onceMatching(statements, JOIN, "", "the join of the authorizations");
        statements = once(statements, CHECK, EXISTS_CHECK.formatted(CHECK, GRANT, GRANTED_RESOURCES), "the authorization check");
        statements = once(statements, "select ${distinct}", ROWS_UNIQUE + " select <if test=\"!ROWS_UNIQUE\">${distinct}</if>", "the list's distinct");
        statements = once(statements, "${countDistinctBeforeStart} RES.ID_ ${countDistinctBeforeEnd}", ROWS_UNIQUE + """
                <choose><when test="ROWS_UNIQUE">select count(RES.ID_)</when>
                <otherwise>${countDistinctBeforeStart} RES.ID_ ${countDistinctBeforeEnd}</otherwise></choose>""", "the count's distinct");
        statements = once(statements, "${countDistinctAfterEnd}", "<if test=\"!ROWS_UNIQUE\">${countDistinctAfterEnd}</if>", "the count's end");
        statements = once(statements, "from ${prefix}ACT_RU_TASK RES", "from ${prefix}ACT_RU_TASK RES " + LINKS, "the task table");
        statements = once(statements, "<if test=\"I_JOIN\">", "<if test=\"I_JOIN and !LINKS_BY_EXISTS\">", "the join of the identity links");
        statements = once(statements, "and I.TYPE_ = 'candidate'",
                "<if test=\"LINKS_BY_EXISTS\">and " + LINK_EXISTS + "</if> and I.TYPE_ = 'candidate'", "the candidates' criterion");
        statements = onceMatching(statements, CANDIDATES_END, "$1<if test=\"LINKS_BY_EXISTS\">)</if></trim>", "the end of the candidates' criterion");
        statements = once(statements, "(I.USER_ID_ = #{query.involvedUser} or", """
                (<choose><when test="LINKS_BY_EXISTS">%s and I.USER_ID_ = #{query.involvedUser})</when>
                <otherwise>I.USER_ID_ = #{query.involvedUser}</otherwise></choose> or""".formatted(LINK_EXISTS), "the involved user's criterion");
        statements = once(statements, "resultMap=\"taskResultMap\"", "resultMap=\"" + ENGINE_NAMESPACE + ".taskResultMap\"", "the result map");
        statements = COLUMNS.matcher(statements).replaceFirst("")
                .replace("refid=\"columnSelection\"", "refid=\"" + ENGINE_NAMESPACE + ".columnSelection\"")
                .replace("selectTaskByQueryCriteriaSql", "taskCriteriaWithExistsCheck");
        return """
                <?xml version="1.0" encoding="UTF-8" ?>
                <!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://mybatis.org/dtd/mybatis-3-mapper.dtd">
                <mapper namespace="%s">
                %s
                </mapper>
                """.formatted(NAMESPACE, statements);
    }

    private static String engineMapping() {
        try (InputStream in = ProcessEngineConfigurationImpl.class.getClassLoader().getResourceAsStream(ENGINE_MAPPING)) {
            if (in == null) {
                throw new IllegalStateException("The engine's task mapping " + ENGINE_MAPPING + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int required(String text, int index, String what) {
        if (index < 0) {
            throw new IllegalStateException("The engine's task mapping has changed: " + what + " was not found");
        }
        return index;
    }

    private static String onceMatching(String text, Pattern find, String replacement, String what) {
        Matcher match = find.matcher(text);
        if (!match.find() || match.find()) {
            throw new IllegalStateException("The engine's task mapping has changed: " + what + " was not found exactly once");
        }
        return find.matcher(text).replaceFirst(replacement);
    }

    private static String once(String text, String find, String replacement, String what) {
        int first = text.indexOf(find);
        if (first < 0 || text.indexOf(find, first + 1) >= 0) {
            throw new IllegalStateException("The engine's task mapping has changed: " + what + " was not found exactly once");
        }
        return text.replace(find, replacement);
    }
}
