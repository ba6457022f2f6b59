package org.iops.pages.home;

import java.util.Comparator;
import java.util.List;
import org.iops.pages.HomeFeature;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

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
    String home(@RequestParam(required = false) String deleted, @RequestParam(required = false) String signedOut,
            Model model) {
        // where a deleted account and a logout land: say that it is done (the address carries it, as no session is left)
        model.addAttribute("notice", deleted != null ? "pages.home.deleted"
                : signedOut != null ? "pages.home.signedOut" : null);
        model.addAttribute("figures", figures.figures().orElse(null));
        model.addAttribute("features", features);
        return "pages/home";
    }
}
