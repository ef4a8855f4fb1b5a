; A037637: Base 9 digits are, in order, the first n terms of the periodic sequence with initial period 2,1,3.
; Formula: a(n) = c(n), b(n) = (b(n-1)+1)%3+1, c(n) = 9*c(n-1)+((b(n-1)+1)%3+1), b(0) = 0, c(0) = 0
; 2,19,174,1568,14113,127020,1143182,10288639,92597754,833379788,7500418093,67503762840,607533865562,5467804790059,49210243110534,442892187994808,3986029691953273

#offset 1

lpb $0
  add $1,1
  mul $2,9
  mod $1,3
  sub $0,1
  add $1,1
  add $2,$1
lpe
mov $0,$2
