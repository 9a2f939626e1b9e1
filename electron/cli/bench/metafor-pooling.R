# The baseline of the pooling benchmark: the same meta-analyses through metafor's rma()
# (REML, Hartung-Knapp), timed around the loop only. Usage: Rscript metafor-pooling.R studies.csv
suppressMessages(library(metafor))
args <- commandArgs(trailingOnly = TRUE)
studies <- read.csv(args[1])
sets <- split(studies, studies$set)
elapsed <- system.time(
  estimates <- vapply(sets, function(s) coef(rma(s$yi, s$vi, method = "REML", test = "knha"))[[1]], numeric(1))
)[["elapsed"]]
cat(sprintf('{"seconds": %.6f, "first_estimate": %.12f}\n', elapsed, estimates[[1]]))
