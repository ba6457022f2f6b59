package org.iops.forums.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.iops.forums.CategoryId;
import org.iops.forums.store.Category;
import org.iops.forums.store.CategoryRepository;
import org.iops.forums.store.ForumCatalogs;
import org.iops.shared.ForbiddenException;
import org.iops.shared.NotFoundException;
import org.iops.shared.Text;
import org.iops.units.Permissions;
import org.iops.units.UnitId;
import org.iops.web.FormErrors;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A unit's admins manage its forum's categories: create, rename and describe, reorder, archive and restore. */
@Controller
class CategoryAdminController {

    static final int MAX_NAME = 120;
    static final int MAX_DESCRIPTION = 1000;

    private final CategoryRepository categories;
    private final ForumReaders readers;
    private final Permissions permissions;

    CategoryAdminController(CategoryRepository categories, ForumReaders readers, Permissions permissions) {
        this.categories = categories;
        this.readers = readers;
        this.permissions = permissions;
    }

    @GetMapping("/units/{id}/forum/categories")
    String list(@PathVariable UnitId id, HttpServletRequest request, Model model) {
        require(id.value());
        return page(model, readers.page(request), id.value(), "", "", FormErrors.NONE);
    }

    @PostMapping("/units/{id}/forum/categories")
    @Transactional
    String create(@PathVariable UnitId id, @RequestParam(name = "name", defaultValue = "") String name,
            @RequestParam(name = "description", defaultValue = "") String description, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        require(id.value());
        FormErrors errors = check(name, description);
        if (errors.any()) {
            response.setStatus(422);
            return page(model, readers.page(request), id.value(), name, description, errors);
        }
        categories.defaultOf(id.value()); // the implicit "General" stays first, as members knew it
        categories.create(id.value(), Text.clean(name), Text.clean(description));
        return "redirect:/units/" + id + "/forum/categories";
    }

    @GetMapping("/forums/categories/{id}/edit")
    String edit(@PathVariable CategoryId id, HttpServletRequest request, Model model) {
        Category category = managed(id);
        PageContext page = readers.page(request);
        var view = readers.category(category, page);
        return editor(model, page, category, view.name(), view.description() == null ? "" : view.description(), FormErrors.NONE);
    }

    @PostMapping("/forums/categories/{id}/edit")
    String save(@PathVariable CategoryId id, @RequestParam(name = "name", defaultValue = "") String name,
            @RequestParam(name = "description", defaultValue = "") String description, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Category category = managed(id);
        FormErrors errors = check(name, description);
        if (errors.any()) {
            response.setStatus(422);
            return editor(model, readers.page(request), category, name, description, errors);
        }
        categories.rename(category.id(), Text.clean(name), Text.clean(description));
        return "redirect:/units/" + category.unitId() + "/forum/categories";
    }

    @PostMapping("/forums/categories/{id}/move")
    @Transactional
    String move(@PathVariable CategoryId id, @RequestParam(name = "direction", defaultValue = "") String direction) {
        Category category = managed(id);
        // -1 moves the category up the list, 1 down
        if (!direction.equals("-1") && !direction.equals("1")) {
            throw new NotFoundException("direction");
        }
        categories.move(category, direction.equals("-1"));
        return "redirect:/units/" + category.unitId() + "/forum/categories";
    }

    @PostMapping("/forums/categories/{id}/archive")
    String archive(@PathVariable CategoryId id, @RequestParam(name = "archived", defaultValue = "true") boolean archived) {
        Category category = managed(id);
        categories.archive(category.id(), archived);
        return "redirect:/units/" + category.unitId() + "/forum/categories";
    }

    private FormErrors check(String name, String description) {
        FormErrors errors = FormErrors.NONE;
        String cleanName = Text.clean(name);
        if (cleanName == null) {
            errors = errors.with("name", "forums.category.nameRequired");
        } else if (cleanName.length() > MAX_NAME) {
            errors = errors.with("name", "forums.category.nameTooLong", MAX_NAME);
        }
        if (description.length() > MAX_DESCRIPTION) {
            errors = errors.with("description", "forums.category.descriptionTooLong", MAX_DESCRIPTION);
        }
        return errors;
    }

    private void require(UUID unit) {
        readers.unit(unit);
        if (!permissions.may(ForumReaders.signedIn(), ForumCatalogs.MANAGE, new UnitId(unit))) {
            throw new ForbiddenException("manage the forum of " + unit);
        }
    }

    private Category managed(CategoryId id) {
        Category category = categories.find(id.value()).orElseThrow(() -> new NotFoundException("category"));
        require(category.unitId());
        return category;
    }

    private String page(Model model, PageContext page, UUID unit, String name, String description, FormErrors errors) {
        model.addAttribute("unit", readers.link(readers.unit(unit), page));
        model.addAttribute("categories", categories.ofUnit(unit).stream().map(c -> readers.category(c, page)).toList());
        model.addAttribute("name", name);
        model.addAttribute("description", description);
        model.addAttribute("errors", errors);
        return "forums/categories";
    }

    private String editor(Model model, PageContext page, Category category, String name, @Nullable String description,
            FormErrors errors) {
        model.addAttribute("unit", readers.link(readers.unit(category.unitId()), page));
        model.addAttribute("category", readers.category(category, page));
        model.addAttribute("name", name);
        model.addAttribute("description", description == null ? "" : description);
        model.addAttribute("errors", errors);
        return "forums/categoryForm";
    }
}
