# The baseline of the Monte Carlo benchmark: the same simulation of value for money written in
# vectorised base R (R's own random numbers), timed around the loop only.
# Usage: Rscript monte-carlo.R programmes.json; prints {"seconds", "chances"}.
suppressMessages(library(jsonlite))
args <- commandArgs(trailingOnly = TRUE)
programmes <- fromJSON(args[1], simplifyVector = FALSE)

simulate <- function(p) {
  n <- p$draws
  g <- if (p$se > 0) {
    p$estimate + p$se * (if (is.null(p$df)) rnorm(n) else rt(n, p$df))
  } else rep(p$estimate, n)
  cost <- numeric(n)
  for (l in p$lines) {
    if (l$low < l$high) {
      u <- runif(n)
      width <- l$high - l$low
      amount <- ifelse(u < (l$mode - l$low) / width,
                       l$low + sqrt(u * width * (l$mode - l$low)),
                       l$high - sqrt((1 - u) * width * (l$high - l$mode)))
    } else amount <- l$mode
    cost <- cost + amount * l$weight
  }
  ln_or <- g * pi / sqrt(3)
  odds <- p$baseline / (1 - p$baseline) * exp(if (p$higher_is_better) ln_or else -ln_or)
  p1 <- odds / (1 + odds)
  avoided <- sign(g) * abs(p$baseline - p1)
  npv <- avoided * p$per_outcome - cost
  bcr <- (avoided * p$per_outcome) / cost
  quantile(bcr, c(0.025, 0.5, 0.975), type = 7)
  quantile(npv, c(0.025, 0.5, 0.975), type = 7)
  c(mean(bcr), mean(npv))
  mean(npv > 0)
}

set.seed(20240501)
elapsed <- system.time(chances <- vapply(programmes, simulate, numeric(1)))[["elapsed"]]
cat(toJSON(list(seconds = elapsed, chances = chances), digits = NA, auto_unbox = TRUE), "\n")
