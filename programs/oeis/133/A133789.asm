; A133789: Let P(A) denote the power set of an n-element set A. Then a(n) = the number of pairs of elements {x,y} of P(A) for which either 0) x and y are disjoint and for which x is not a subset of y and y is not a subset of x, 1) x and y are disjoint and for which either x is a subset of y or y is a subset of x, or 2) x and y intersect but for which x is not a subset of y and y is not a subset of x.
; 0,1,4,16,70,316,1414,6196,26590,112156,466774,1923076,7863310,31972396,129459334,522571156,2104535230,8460991036,33972711094,136277478436,546270602350,2188566048076,8764718254054,35090241492916,140455083984670,562102715143516

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
  mul $2,2
  sub $1,$2
lpe
mov $0,$1
sub $0,2
mov $5,$4
equ $5,0
mul $5,-2
add $0,$5
div $0,2
