; A294406: Positive odd numbers k such that both (sigma(m) - 2*m) and (2*m - sigma(m)) are never equal to k, where sigma(.) is the sum of divisors function A000203 (conjectured).
; 9,13,15,21,23,27,29,33,35,43,45

#offset 1

sub $0,1
mov $1,$0
add $1,$0
lpb $1
  add $1,3
  div $1,4
  add $0,$1
lpe
mul $0,2
add $0,9
