; A014695: Poincaré series [or Poincare series] (or Molien series) for mod 2 cohomology of Q_8.
; Formula: a(n) = gcd(binomial(n+3,2),2)
; 1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1,1,2,2,1

add $0,3
bin $0,2
gcd $0,2
