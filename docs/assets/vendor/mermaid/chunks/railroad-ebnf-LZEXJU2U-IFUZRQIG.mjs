import{a as r,b as o}from"./chunk-L2RPUKWO.mjs";import"./chunk-ZHL4CG4J.mjs";import"./chunk-ALXGDVON.mjs";export{r as RailroadEbnfModule,o as createRailroadEbnfServices};
