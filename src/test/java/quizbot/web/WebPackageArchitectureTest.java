package quizbot.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The web package is an edge of its own: it serves the generate command and the chat, never the reverse. */
class WebPackageArchitectureTest {

    private static JavaClasses mainClasses() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("quizbot");
        assertTrue(classes.contain("quizbot.web.WebArticles"), "the import must see the web package, or the rules check nothing");
        return classes;
    }

    @Test
    void webKnowsNothingOfChatTelegramStorageOrConsole() {
        noClasses().that().resideInAPackage("quizbot.web..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "quizbot.chat..", "quizbot.telegram..", "quizbot.storage..", "quizbot.console..", "org.telegram..",
                        "java.sql..")
                .check(mainClasses());
    }

    @Test
    void generationStaysPureOfTheWeb() {
        noClasses().that().resideInAPackage("quizbot.generate..")
                .should().dependOnClassesThat().resideInAnyPackage("quizbot.web..", "okhttp3..", "org.jsoup..", "net.dankito..")
                .check(mainClasses());
    }
}
