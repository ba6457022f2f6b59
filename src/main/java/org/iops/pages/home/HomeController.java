package org.iops.pages.home;

import java.util.Comparator;
import java.util.List;
import org.iops.pages.HomeFeature;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: what the organization is, how it is growing, and the way in. */
@Controller
class HomeController {

    private final HomeFiguresSource figures;
    private final List<HomeFeature> features;

    HomeController(HomeFiguresSource figures, List<HomeFeature> features) {
        this.figures = figures;
        this.features = features.stream().sorted(Comparator.comparingInt(HomeFeature::order)).toList();
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("figures", figures.figures().orElse(null));
        model.addAttribute("features", features);
        return "pages/home";
    }
}
