; A243205: Consider the n X n Go board as a graph; remove i nodes and let j be the number of nodes in the largest connected subgraph remaining; then a(n) = minimum (i + j).
; Formula: a(n) = A259368(n)
; 1,3,5,9,12,16,20,25,29

#offset 1

seq $0,259368
