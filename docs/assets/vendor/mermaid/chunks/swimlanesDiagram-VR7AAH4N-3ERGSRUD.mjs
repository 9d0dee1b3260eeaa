import{a as o,b as e}from"./chunk-6C4AW3Y6.mjs";import"./chunk-VGH4D65F.mjs";import"./chunk-B3RKA22Y.mjs";import"./chunk-ZMDG6RU2.mjs";import"./chunk-GOGIRIZ6.mjs";import"./chunk-ARBXV7CJ.mjs";import"./chunk-4DFL66W5.mjs";import"./chunk-TQP6WDH2.mjs";import"./chunk-QVCLS5WG.mjs";import"./chunk-QSXBTHKI.mjs";import"./chunk-KJTAP2Y5.mjs";import"./chunk-GLEPIJOY.mjs";import"./chunk-XHCSB7DQ.mjs";import"./chunk-MDWZ765H.mjs";import"./chunk-OF2MBIAE.mjs";import"./chunk-QWZTNNUH.mjs";import"./chunk-CHSY6IPO.mjs";import"./chunk-CCULK7DM.mjs";import"./chunk-PEXEYALB.mjs";import{a as r}from"./chunk-DBJNCCX2.mjs";import"./chunk-ALXGDVON.mjs";var m=r(t=>`${o(t)}
  .swimlane.cluster rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,"getStyles"),i=m,B=e({defaultLayout:"swimlane",styles:i});export{B as diagram};
