; A104248: Lengths of successive runs of 1's in the Thue-Morse sequence A010060.
; Formula: a(n) = c(n)+1, b(n) = b(n-1)+1+sumdigits(b(n-1)+1,2)%2, c(n) = sumdigits(b(n-1)+1,2)%2, b(0) = 0, c(0) = 0
; 2,1,2,1,2,1,1,2,2,1,2,1,2,2,1,1,2,1,2,1,2,1,1,2,2,1,1,2,1,2,1,2,2,1,2,1,2,1,1,2,2,1,2,1,2,2,1,1,2,1,2,1,2,2,1,2,1,2,1,1,2,2,1,1,2,1,2,1,2,1,1,2,2,1,2,1,2,2,1,1

#offset 1

lpb $0
  add $1,1
  mov $2,$1
  sub $0,1
  dgs $2,2
  mod $2,2
  add $1,$2
lpe
mov $0,$2
add $0,1
