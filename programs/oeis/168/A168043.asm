; A168043: Let S(1)={1} and, for n>1 let S(n) be the smallest set containing x+1, x+2, and 2*x for each element x in S(n-1). a(n) is the number of elements in S(n).
; 1,2,4,7,13,23,40,68,114,189,311,509,830,1350,2192,3555,5761,9331,15108,24456,39582,64057,103659,167737,271418,439178,710620,1149823,1860469,3010319,4870816,7881164,12752010,20633205,33385247,54018485,87403766,141422286

#offset 1

sub $0,1
mov $6,$0
sub $0,1
max $0,0
add $0,1
mov $4,$0
sub $0,1
add $0,1
lpb $0
  add $2,$3
  sub $0,1
  add $2,1
  add $2,$1
  sub $3,-1
  sub $1,-1
  div $1,-1
  add $1,$2
lpe
lpb $4
  sub $4,1
  mov $0,$1
  mov $5,$4
  equ $5,0
  add $0,$5
  add $0,1
lpe
mov $7,$6
equ $7,0
mul $7,-1
add $0,$7
