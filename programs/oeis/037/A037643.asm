; A037643: Base 8 digits are, in order, the first n terms of the periodic sequence with initial period 2,3,1.
; Formula: a(n) = c(n), b(n) = (b(n-1)+1)%3, c(n) = 8*c(n-1)+1+(b(n-1)+1)%3, b(0) = 0, c(0) = 0
; 2,19,153,1226,9811,78489,627914,5023315,40186521,321492170,2571937363,20575498905,164603991242,1316831929939,10534655439513,84277243516106,674217948128851,5393743585030809

#offset 1

lpb $0
  add $1,1
  mul $2,8
  add $2,1
  mod $1,3
  sub $0,1
  add $2,$1
lpe
mov $0,$2
