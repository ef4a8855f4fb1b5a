; A134165: Let P(A) be the power set of an n-element set A. Then a(n) = the number of pairs of elements {x,y} of P(A) for which either 0) x and y are disjoint and for which either x is a subset of y or y is a subset of x, or 1) x and y are disjoint and for which x is not a subset of y and y is not a subset of x, or 2) x and y are intersecting but for which x is not a subset of y and y is not a subset of x, or 3) x = y.
; 1,3,8,24,86,348,1478,6324,26846,112668,467798,1925124,7867406,31980588,129475718,522603924,2104600766,8461122108,33972973238,136278002724,546271650926

mov $4,$0
sub $0,1
sub $0,1
add $3,1
add $0,1
mov $1,4
add $0,1
sub $0,3
sub $0,1
sub $0,-1
sub $0,2
add $0,3
sub $3,2
add $0,1
lpb $0
  mul $2,2
  sub $0,1
  add $2,$3
  add $1,$1
  mul $3,3
  sub $1,$2
  mul $2,2
lpe
mov $0,$1
sub $0,2
add $0,1
mov $5,$4
equ $5,0
mul $5,-2
add $0,$5
