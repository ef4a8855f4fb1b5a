; A037749: Base 9 digits are, in order, the first n terms of the periodic sequence with initial period 2,3,0,1.
; Formula: a(n) = c(n), b(n) = (b(n-1)+1)%4, c(n) = 9*c(n-1)+(b(n-1)+1)%4, b(0) = 1, c(0) = 0
; 2,21,189,1702,15320,137883,1240947,11168524,100516718,904650465,8141854185,73276687666,659490188996,5935411700967,53418705308703,480768347778328,4326915130004954

#offset 1

mov $1,1
lpb $0
  add $1,1
  mul $2,9
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
