; A037636: Base 8 digits are, in order, the first n terms of the periodic sequence with initial period 2,1,3.
; Formula: a(n) = c(n), b(n) = (b(n-1)+1)%3+1, c(n) = 8*c(n-1)+((b(n-1)+1)%3+1), b(0) = 0, c(0) = 0
; 2,17,139,1114,8913,71307,570458,4563665,36509323,292074586,2336596689,18692773515,149542188122,1196337504977,9570700039819,76565600318554,612524802548433,4900198420387467

#offset 1

lpb $0
  add $1,1
  mul $2,8
  mod $1,3
  sub $0,1
  add $1,1
  add $2,$1
lpe
mov $0,$2
