; A140427: Arises in relating doubly-even error-correcting codes, graphs and irreducible representations of N-extended supersymmetry.
; 0,0,0,0,1,1,2,3,4,4,4,4,5,5,6,7,8,8,8,8,9,9,10,11,12,12,12,12,13,13,14,15,16,16,16,16,17,17,18,19,20,20,20,20,21,21,22,23,24,24,24,24,25,25,26,27,28,28,28,28,29,29,30,31,32,32,32,32,33,33,34,35,36,36,36,36,37,37,38,39

mov $1,$0
lpb $0
  sub $0,-1
  mod $0,4
  add $0,$1
  div $0,-2
  add $0,$1
lpe
