; A037491: Base 6 digits are, in order, the first n terms of the periodic sequence with initial period 2,1.
; Formula: a(n) = c(n), b(n) = gcd(b(n-1),2)-1, c(n) = 6*c(n-1)+gcd(b(n-1),2), b(0) = 0, c(0) = 0
; 2,13,80,481,2888,17329,103976,623857,3743144,22458865,134753192,808519153,4851114920,29106689521,174640137128,1047840822769,6287044936616,37722269619697,226333617718184,1358001706309105

#offset 1

lpb $0
  sub $0,1
  gcd $1,2
  mul $2,6
  add $2,$1
  sub $1,1
lpe
mov $0,$2
