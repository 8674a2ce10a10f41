package ma.gov.social.jisr.platform.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import ma.gov.social.jisr.platform.api.module.MenuEntry;
import ma.gov.social.jisr.platform.api.module.ModuleDescription;
import ma.gov.social.jisr.platform.api.module.Modules;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

/**
 * The main menu: home, then the entries of the modules' descriptions in module order that the caller may
 * see (entries of one group in one submenu, placed where its first entry comes), then the account.
 */
@Named
@RequestScoped
public class ModuleMenu {
    @Inject
    private Modules modules;

    private MenuModel model;

    public MenuModel getModel() {
        if (model == null) {
            model = build();
        }
        return model;
    }

    private MenuModel build() {
        DefaultMenuModel menu = new DefaultMenuModel();
        Map<String, DefaultSubMenu> groups = new LinkedHashMap<>();
        menu.getElements().add(item("menu-home", "nav.home", "/index", "pi pi-home"));
        for (ModuleDescription module : modules.all()) {
            for (MenuEntry entry : module.menu()) {
                if (!modules.may(entry.permission())) {
                    continue;
                }
                DefaultMenuItem item = item(entry.id(), entry.labelKey(), entry.outcome(), entry.icon());
                if (entry.group() == null) {
                    menu.getElements().add(item);
                } else {
                    groups.computeIfAbsent(entry.group(), g -> {
                        DefaultSubMenu sub = DefaultSubMenu.builder().label(Messages.text(g)).build();
                        menu.getElements().add(sub);
                        return sub;
                    }).getElements().add(item);
                }
            }
        }
        menu.getElements().add(item("menu-account", "nav.account", "/platform/account/account", "pi pi-user"));
        return menu;
    }

    private static DefaultMenuItem item(String id, String labelKey, String outcome, String icon) {
        return DefaultMenuItem.builder().id(id).value(Messages.text(labelKey)).outcome(outcome).icon(icon).build();
    }
}
