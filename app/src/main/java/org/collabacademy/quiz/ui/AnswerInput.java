package org.collabacademy.quiz.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.collabacademy.base.Language;
import org.collabacademy.course.content.Question;
import org.collabacademy.course.content.QuizDefinition;
import org.collabacademy.quiz.Answer;

/**
 * The input for one question, by type. Every change the learner makes is handed to {@code onAnswer}
 * at once, so that it is saved as it is given.
 */
final class AnswerInput {

    private AnswerInput() {
    }

    static Component of(QuizDefinition quiz, Question question, List<String> order, Answer saved, Language language, Consumer<Answer> onAnswer) {
        String id = "answer-" + question.key();
        return switch (question.type()) {
            case SINGLE -> {
                RadioButtonGroup<String> group = new RadioButtonGroup<>();
                group.setItems(order);
                group.setItemLabelGenerator(key -> question.choice(key).map(c -> quiz.text(c.texts(), language)).orElse(key));
                group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                if (!saved.isEmpty()) {
                    group.setValue(saved.first());
                }
                group.addValueChangeListener(e -> onAnswer.accept(e.getValue() == null ? Answer.empty() : Answer.of(e.getValue())));
                group.setId(id);
                yield group;
            }
            case TRUE_FALSE -> {
                RadioButtonGroup<String> group = new RadioButtonGroup<>();
                group.setItems("true", "false");
                group.setItemLabelGenerator(key -> group.getTranslation("quiz." + key));
                if (!saved.isEmpty()) {
                    group.setValue(saved.first());
                }
                group.addValueChangeListener(e -> onAnswer.accept(e.getValue() == null ? Answer.empty() : Answer.of(e.getValue())));
                group.setId(id);
                yield group;
            }
            case MULTIPLE -> {
                CheckboxGroup<String> group = new CheckboxGroup<>();
                group.setItems(order);
                group.setItemLabelGenerator(key -> question.choice(key).map(c -> quiz.text(c.texts(), language)).orElse(key));
                group.setValue(new java.util.LinkedHashSet<>(saved.values()));
                group.addValueChangeListener(e -> onAnswer.accept(new Answer(order.stream().filter(e.getValue()::contains).toList())));
                group.setId(id);
                yield group;
            }
            case MATCHING -> matching(quiz, question, order, saved, language, onAnswer, id);
            case ORDERING -> new OrderingInput(quiz, question, saved.isEmpty() ? order : saved.values(), language, onAnswer, id);
            case SHORT_ANSWER, NUMERIC -> {
                TextField field = new TextField();
                field.setValue(saved.first());
                field.setValueChangeMode(ValueChangeMode.LAZY);
                field.setValueChangeTimeout(600);
                field.setMaxLength(500);
                field.setAriaLabel(field.getTranslation("quiz.your-answer"));
                if (question.type() == org.collabacademy.course.content.QuestionType.NUMERIC) {
                    field.getElement().setAttribute("inputmode", "decimal");
                }
                field.addValueChangeListener(e -> onAnswer.accept(e.getValue().isBlank() ? Answer.empty() : Answer.of(e.getValue())));
                field.setId(id);
                yield field;
            }
            case RATING -> {
                Question.Scale scale = question.scale();
                RadioButtonGroup<String> group = new RadioButtonGroup<>();
                group.setItems(IntStream.rangeClosed(scale.min(), scale.max()).mapToObj(String::valueOf).toList());
                group.setItemLabelGenerator(value -> {
                    String label = value;
                    if (value.equals(String.valueOf(scale.min())) && !scale.lowLabel().isEmpty()) {
                        label += " – " + quiz.text(scale.lowLabel(), language);
                    }
                    if (value.equals(String.valueOf(scale.max())) && !scale.highLabel().isEmpty()) {
                        label += " – " + quiz.text(scale.highLabel(), language);
                    }
                    return label;
                });
                group.addClassName("rating");
                if (!saved.isEmpty()) {
                    group.setValue(saved.first());
                }
                group.addValueChangeListener(e -> onAnswer.accept(e.getValue() == null ? Answer.empty() : Answer.of(e.getValue())));
                group.setId(id);
                yield group;
            }
        };
    }

    private static Component matching(QuizDefinition quiz, Question question, List<String> order, Answer saved, Language language,
                                      Consumer<Answer> onAnswer, String id) {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String value : saved.values()) {
            int equals = value.indexOf('=');
            if (equals > 0) {
                chosen.put(value.substring(0, equals), value.substring(equals + 1));
            }
        }
        Div pairs = new Div();
        pairs.addClassName("matching");
        pairs.setId(id);
        for (Question.Pair pair : question.pairs()) {
            Select<String> right = new Select<>();
            right.setLabel(quiz.text(pair.left(), language));
            right.setItems(order);
            String none = right.getTranslation("quiz.choose");
            right.setItemLabelGenerator(key -> key == null ? none : question.pairs().stream().filter(p -> p.key().equals(key)).findFirst()
                    .map(p -> quiz.text(p.right(), language)).orElse(key));
            right.setPlaceholder(none);
            right.setEmptySelectionCaption(none);
            right.setEmptySelectionAllowed(true);
            right.setId(id + "-" + pair.key());
            if (chosen.containsKey(pair.key())) {
                right.setValue(chosen.get(pair.key()));
            }
            right.addValueChangeListener(e -> {
                if (e.getValue() == null) {
                    chosen.remove(pair.key());
                } else {
                    chosen.put(pair.key(), e.getValue());
                }
                onAnswer.accept(new Answer(chosen.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
            });
            pairs.add(right);
        }
        return pairs;
    }

    /** Items the learner puts in order with "up" and "down" buttons (keyboard and screen-reader friendly). */
    static final class OrderingInput extends OrderedList {
        private final List<String> order;
        private final QuizDefinition quiz;
        private final Question question;
        private final Language language;
        private final Consumer<Answer> onAnswer;

        OrderingInput(QuizDefinition quiz, Question question, List<String> initial, Language language, Consumer<Answer> onAnswer, String id) {
            this.quiz = quiz;
            this.question = question;
            this.language = language;
            this.onAnswer = onAnswer;
            this.order = new ArrayList<>(initial);
            addClassName("ordering");
            setId(id);
            render();
        }

        List<String> order() {
            return List.copyOf(order);
        }

        void move(int from, int to) {
            order.add(to, order.remove(from));
            render();
            onAnswer.accept(new Answer(order));
        }

        private void render() {
            removeAll();
            for (int i = 0; i < order.size(); i++) {
                int at = i;
                String text = question.choice(order.get(i)).map(c -> quiz.text(c.texts(), language)).orElse(order.get(i));
                Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(at, at - 1));
                up.setAriaLabel(getTranslation("quiz.move-up", text));
                up.setEnabled(i > 0);
                up.addThemeVariants(ButtonVariant.TERTIARY);
                Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(at, at + 1));
                down.setAriaLabel(getTranslation("quiz.move-down", text));
                down.setEnabled(i < order.size() - 1);
                down.addThemeVariants(ButtonVariant.TERTIARY);
                ListItem item = new ListItem(new Span(text), up, down);
                item.addClassName("ordering-item");
                add(item);
            }
        }
    }
}
