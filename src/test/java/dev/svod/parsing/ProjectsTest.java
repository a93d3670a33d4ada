package dev.svod.parsing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectsTest {

    @Test
    void find_quotedNameAfterProjectWord_isProject() {
        assertThat(Projects.find("по обеспечению профессионального развития (проект \"Педкластер27\")"))
                .containsExactly("Педкластер27");
    }

    @Test
    void find_chainedProjects_areAllProjects() {
        assertThat(Projects.find("(проекты \"Эффективная школа\" и \"500+\")")).containsExactly("Эффективная школа", "500+");
    }

    @Test
    void find_listIntroducedByProjects_takesQuotedBullets() {
        assertThat(Projects.find("Утвердить региональные проекты:\n- по профориентации «Учись и работай»;\n- по талантам «Ориентир»."))
                .containsExactly("Учись и работай", "Ориентир");
    }

    @Test
    void find_unquotedBrandAfterProject_isProject() {
        assertThat(Projects.find("сопровождение школ-участников проекта 500+.")).containsExactly("500+");
    }

    @Test
    void find_quotedDocumentOrOrganisation_isNotProject() {
        assertThat(Projects.find("Разработать «Модель управления качеством» на базе «Лицея имени Кирилла и Мефодия»"
                + " (вкладка \"Система управления качеством\")")).isEmpty();
    }

    @Test
    void find_nationalProject_isProject() {
        assertThat(Projects.find("в рамках национального проекта «Образование» и федерального проекта “Успех каждого ребенка”"))
                .containsExactly("Образование", "Успех каждого ребенка");
    }
}
