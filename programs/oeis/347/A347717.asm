; A347717: Number of states of the minimal deterministic finite automaton that accepts ternary strings that represent numbers that are divisible by n.
; 1,2,2,4,5,3,7,8,3,10,11,5,13,14,6,16,17,4,19,20,8,22,23,9,25,26,4,28,29,11,31,32,12,34,35,6,37,38,14,40,41,15,43,44,7,46,47,17,49,50,18,52,53,5,55,56,20,58,59,21,61,62,9,64,65,23,67,68,24,70,71,10,73,74,26,76,77,27,79,80

#offset 1

lpb $0
  dif $0,3
  add $1,1
lpe
add $0,$1
