; A006308: Coefficients of period polynomials.
; Formula: a(n) = binomial(b(n),2), b(n) = A151800(b(n-1)), b(0) = 0
; 3,10,21,55,78,136,171,253,406,465,666,820,903,1081,1378,1711,1830,2211,2485,2628,3081,3403,3916,4656,5050

#offset 2

lpb $0
  seq $1,151800
  sub $0,1
lpe
bin $1,2
mov $0,$1
