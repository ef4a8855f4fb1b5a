; A037673: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 3,2,0.
; Formula: a(n) = b(n), b(n) = 5*b(n-1)+((c(n-1)+3)%4+5*b(n-1)), c(n) = (c(n-1)+3)%4+5*b(n-1), b(0) = 0, c(0) = 0
; 3,32,320,3203,32032,320320,3203203,32032032,320320320,3203203203,32032032032,320320320320,3203203203203,32032032032032,320320320320320,3203203203203203

#offset 1

lpb $0
  mul $1,5
  add $2,3
  mod $2,4
  sub $0,1
  add $2,$1
  add $1,$2
lpe
mov $0,$1
