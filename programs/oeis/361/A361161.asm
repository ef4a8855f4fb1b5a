; A361161: Genus of Weierstrass curve with discriminant A361160(n) in moduli space M_3 of compact Riemann surfaces of genus 3.
; Formula: a(n) = truncate(binomial(n-1,2)/51)
; 0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,2

#offset 1

sub $0,1
bin $0,2
div $0,51
