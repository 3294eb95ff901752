package fi.kurkiaura.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The user-interface strings in Finnish, Swedish and English, from the
 * {@code fi/kurkiaura/web/messages_*.properties} bundles. Finnish is the base language.
 */
@ApplicationScoped
public class MessageBundles {

    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    static final String BASE_NAME = "fi.kurkiaura.web.messages";

    /** Every string of one language, or empty for a language the hub does not speak. */
    public Optional<Map<String, String>> messages(String language) {
        if (!LANGUAGES.contains(language)) {
            return Optional.empty();
        }
        ResourceBundle bundle = ResourceBundle.getBundle(BASE_NAME, Locale.of(language), MessageBundles.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> messages = new TreeMap<>();
        for (String key : Collections.list(bundle.getKeys())) {
            messages.put(key, bundle.getString(key));
        }
        return Optional.of(messages);
    }
}
