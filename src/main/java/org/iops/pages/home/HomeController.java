package org.iops.pages.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: what the organization is, how it is growing, and the way in. */
@Controller
class HomeController {

    private final HomeFiguresSource figures;

    HomeController(HomeFiguresSource figures) {
        this.figures = figures;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("figures", figures.figures().orElse(null));
        return "pages/home";
    }
}
