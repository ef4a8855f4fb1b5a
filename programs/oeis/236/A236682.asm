; A236682: Values of a for triples (a,b,c) of positive integers such that 1/a + 1/b + 1/c = 1/2 and a <= b <= c, listed with multiplicity.
; 3,3,3,3,3,4,4,4,5,6

#offset 1

sub $0,1
pow $0,2
lpb $0
  mul $0,25
lpe
div $0,25
add $0,3
