; A173573: 3-Factorions: equal to the sum of the triple factorials of their digits in base 10.
; 1,2,3,4,81,82,83,84

#offset 1

sub $0,1
lpb $0
  add $1,4
  sub $0,$1
lpe
mul $1,20
add $0,$1
add $0,1
