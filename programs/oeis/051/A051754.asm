; A051754: Consider problem of placing N queens on an n X n board so that each queen attacks precisely 1 other. Sequence gives maximal number of queens.
; 2,2,4,4,8,8,10,12,12,14,16,16,18,20,20,22,24,24,26,28,28,30,32,32,34,36,36,38,40,40,42,44,44,46,48,48,50,52,52,54,56,56,58,60,60,62,64,64,66,68,68,70,72,72,74,76,76,78,80,80,82,84,84,86

#offset 2

sub $0,2
sub $1,$0
sub $1,1
div $1,3
add $0,$1
lpb $0
  sub $0,1
  add $1,$0
  add $1,$0
  div $0,2
  add $0,$1
lpe
mul $0,2
add $0,2
