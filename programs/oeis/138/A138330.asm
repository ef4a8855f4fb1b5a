; A138330: Beatty discrepancy (defined in A138253) giving the closeness of the pair (A136497,A136498) to the Beatty pair (A001951,A001952).
; 1,2,1,1,1,1,2,1,2,1,1,2,1,2,1,1,1,1,2,1,1,1,1,2,1,2,1,1,1,1,2,1,1,1,1,2,1,2,1,1,2,1,2,1,1,1,1,2,1,2,1,1,2,1,2,1,1,1,1,2,1,1,1,1,2,1,2,1,1,2,1,2,1,1,1,1,2,1,2,1

#offset 1

mov $1,2
lpb $1
  sub $1,1
  mov $2,$0
  add $0,$2
  mul $2,$0
  nrt $2,2
  mov $0,$2
lpe
mod $0,2
mul $0,-1
add $0,2
