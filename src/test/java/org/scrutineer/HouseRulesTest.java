package org.scrutineer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.springframework.data.repository.Repository;

/**
 * The house rules of docs/architecture.md ("Layers and the rules that hold them"): a wrong import
 * fails the build, with the rule's reason. The packages the next rooms add (agenda, minutes,
 * workprogramme, action, improvement, publishing) are named already, so they are held from their first class.
 */
@AnalyzeClasses(packages = "org.scrutineer", importOptions = ImportOption.DoNotIncludeTests.class)
class HouseRulesTest {

    static final String[] LIFECYCLES = {"question", "report", "recommendation", "dispute", "action", "improvement"};
    static final String[] COMMITTEE_BUSINESS = {"agenda", "minutes", "workprogramme"};
    static final String[] THE_MEETING = {"meeting", "dashboard"};
    static final String[] SHARED = {"notification", "publishing", "calendar", "identity", "web"};

    @ArchTest
    static final ArchRule no_lifecycle_imports_another = slices()
            .assignedFrom(eachLifecycle())
            .should().notDependOnEachOther()
            .because("each lifecycle is one BPMN process a reader finds whole in one folder; "
                    + "lifecycles meet through the meeting, committee business and events, never directly");

    @ArchTest
    static final ArchRule calendar_imports_no_domain_package = noClasses()
            .that().resideInAPackage("org.scrutineer.calendar..")
            .should().dependOnClassesThat().resideInAnyPackage(packages(LIFECYCLES, COMMITTEE_BUSINESS, THE_MEETING))
            .because("the one calendar counts working days for every feature, so it may know none of them");

    @ArchTest
    static final ArchRule notification_knows_no_lifecycle = noClasses()
            .that().resideInAPackage("org.scrutineer.notification..")
            .should().dependOnClassesThat().resideInAnyPackage(packages(LIFECYCLES))
            .because("every lifecycle sends its mail through the one outbox, which must not care whose mail it carries");

    @ArchTest
    static final ArchRule a_lower_layer_never_imports_a_higher_one = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("lifecycles").definedBy(packages(LIFECYCLES))
            .layer("committee business").definedBy(packages(COMMITTEE_BUSINESS))
            .layer("the meeting").definedBy(packages(THE_MEETING))
            .layer("shared").definedBy(packages(SHARED))
            .whereLayer("lifecycles").mayNotBeAccessedByAnyLayer()
            .whereLayer("committee business").mayOnlyBeAccessedByLayers("lifecycles")
            .whereLayer("the meeting").mayOnlyBeAccessedByLayers("lifecycles", "committee business")
            .because("a lower layer that must cause something above it publishes an event or defines an interface "
                    + "the higher package implements, as dashboard.DashboardPanel does, so each layer can be read and changed alone");

    @ArchTest
    static final ArchRule every_package_has_a_layer = classes()
            .should().resideInAnyPackage(Stream.concat(Stream.of("org.scrutineer"),
                    Arrays.stream(packages(LIFECYCLES, COMMITTEE_BUSINESS, THE_MEETING, SHARED))).toArray(String[]::new))
            .because("the layer rules hold only the packages they name: a new package takes its place in a layer "
                    + "in this test and in docs/architecture.md");

    @ArchTest
    static final ArchRule repositories_are_used_only_in_their_own_feature = classes()
            .that().areAssignableTo(Repository.class)
            .should(beUsedOnlyInsideTheirFeature())
            .because("a feature's tables are its own: other features ask it through its services or events, "
                    + "so its storage can change without breaking them");

    @ArchTest
    static final ArchRule no_two_classes_share_a_name = classes()
            .that().doNotHaveSimpleName("package-info")
            .should(haveANameNoOtherClassHas())
            .because("a reader, a stack trace and a search each find one class by its name, never two alike from different features");

    @ArchTest
    static void every_feature_says_what_it_holds_in_its_package_info(JavaClasses imported) throws IOException {
        Set<String> features = imported.stream()
                .map(JavaClass::getPackageName)
                .filter(name -> name.startsWith("org.scrutineer."))
                .map(name -> name.substring("org.scrutineer.".length()).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(features).as("the features found").contains("question", "meeting", "calendar", "web");
        for (String feature : features) {
            Path info = Path.of("src/main/java/org/scrutineer", feature, "package-info.java");
            assertThat(info).as("%s has a package-info.java saying what it holds", feature).exists();
            List<String> said = Files.readAllLines(info).stream()
                    .map(String::strip)
                    .filter(line -> line.startsWith("*") && !line.startsWith("*/") && line.length() > 1)
                    .toList();
            assertThat(said).as("what %s/package-info.java says, in two lines", feature).hasSize(2);
        }
    }

    private static ArchCondition<JavaClass> beUsedOnlyInsideTheirFeature() {
        return new ArchCondition<>("be used only by classes of their own feature") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
                    JavaClass user = dependency.getOriginClass();
                    if (!featureOf(user).equals(featureOf(repository))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> haveANameNoOtherClassHas() {
        return new ArchCondition<>("have a name no other class has") {
            private Map<String, List<String>> byName = Map.of();

            @Override
            public void init(Collection<JavaClass> all) {
                byName = all.stream()
                        .filter(c -> c.isTopLevelClass() && !c.getSimpleName().equals("package-info"))
                        .collect(Collectors.groupingBy(JavaClass::getSimpleName,
                                Collectors.mapping(JavaClass::getName, Collectors.toList())));
            }

            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                List<String> namesakes = byName.getOrDefault(javaClass.getSimpleName(), List.of());
                if (javaClass.isTopLevelClass() && namesakes.size() > 1) {
                    events.add(SimpleConditionEvent.violated(javaClass,
                            javaClass.getName() + " shares its name with " + namesakes.stream()
                                    .filter(name -> !name.equals(javaClass.getName())).toList()));
                }
            }
        };
    }

    private static String featureOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        return name.startsWith("org.scrutineer.") ? name.substring("org.scrutineer.".length()).split("\\.")[0] : name;
    }

    private static SliceAssignment eachLifecycle() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String feature = featureOf(javaClass);
                return Arrays.asList(LIFECYCLES).contains(feature) ? SliceIdentifier.of(feature) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "each lifecycle";
            }
        };
    }

    private static String[] packages(String[]... groups) {
        return Arrays.stream(groups).flatMap(Arrays::stream).map(name -> "org.scrutineer." + name + "..").toArray(String[]::new);
    }
}
