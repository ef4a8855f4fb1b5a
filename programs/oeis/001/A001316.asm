; A001316: Gould's sequence: a(n) = Sum_{k=0..n} (binomial(n,k) mod 2); number of odd entries in row n of Pascal's triangle (A007318); a(n) = 2^A000120(n).
; 1,2,2,4,2,4,4,8,2,4,4,8,4,8,8,16,2,4,4,8,4,8,8,16,4,8,8,16,8,16,16,32,2,4,4,8,4,8,8,16,4,8,8,16,8,16,16,32,4,8,8,16,8,16,16,32,8,16,16,32,16,32,32,64,2,4,4,8,4,8,8,16,4,8,8,16,8,16,16,32

add $0,1
sub $0,1
add $0,1
sub $0,1
dgs $0,2
sub $0,2
add $0,2
mov $1,$0
lpb $1
  sub $1,1
  sub $2,2
  sub $3,$3
  trn $3,$2
  sub $2,$3
lpe
mov $0,$2
div $0,-4
add $0,1
